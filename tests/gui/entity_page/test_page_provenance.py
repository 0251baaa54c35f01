"""Where the page says each part came from: the extractor, or the analyst's rename, type change or merge."""

from __future__ import annotations

from explorer.core.edits import decisions


def entity_named(session, name: str) -> str:
    return next(e for e, n in session.entity_names.items() if n == name)


def open_page(qtbot, window, entity_id: str):
    window.session.request_entity_page(entity_id)
    page = window.entity_page
    wait_read(qtbot, page, entity_id)
    return page


def wait_read(qtbot, page, entity_id: str) -> None:
    try:
        qtbot.waitUntil(lambda: page.profile is not None and page.profile.entity_id == entity_id
                        and not page.is_reading(), timeout=20_000)
    except qtbot.TimeoutError as exc:  # say what the page says (a read that failed says why)
        raise AssertionError(f"not read: {page.form_label.text()!r}, reading: {page.is_reading()}") from exc


def test_the_name_is_the_extractors_until_a_rename_then_the_edit_and_the_old_name_as_an_alias(qtbot, edit_window):
    session = edit_window.session
    entity_id = entity_named(session, "Marco Rubio")
    page = open_page(qtbot, edit_window, entity_id)
    assert page.origins.value_of("Name") == ("Marco Rubio", "extractor")
    assert page.origins.value_of("Type")[1] == "extractor"
    assert page.origins.value_of("Aliases from your edits") == ("", "")
    forms = {item.text(0): item.text(2) for item in page.origins.form_items()}
    assert "Marco Rubio" in forms and forms["Marco Rubio"].startswith("extractor: read as Marco Rubio")

    assert session.do_edit(decisions.rename(entity_id, "Senator Rubio", "Marco Rubio"))
    wait_read(qtbot, page, entity_id)
    name, source = page.origins.value_of("Name")
    assert name == "Senator Rubio"
    assert source.startswith("your edit: Rename Marco Rubio to Senator Rubio")
    assert "Senator Rubio" in page.title.text()
    # the extractor's name is still how the mentions are written: the surface forms keep it, read as before
    forms = {item.text(0): item.text(2) for item in page.origins.form_items()}
    assert forms["Marco Rubio"].startswith("extractor: read as Marco Rubio")
    assert [e.label for e in page.profile.edits] == ["Rename Marco Rubio to Senator Rubio"]
    assert "US Secretary of State Marco Rubio" in page.origins.value_of("Aliases:")[0]  # the extractor's, as before
    assert session.do_edit(decisions.rename(entity_id, "Mr Rubio", "Senator Rubio"))
    wait_read(qtbot, page, entity_id)
    assert page.origins.value_of("Name")[1].startswith("your edit: Rename Senator Rubio to Mr Rubio")
    assert page.origins.value_of("Aliases from your edits")[0] == "Senator Rubio"  # a former name no mention writes
    session.undo_stack.undo()

    session.undo_stack.undo()
    wait_read(qtbot, page, entity_id)
    assert page.origins.value_of("Name") == ("Marco Rubio", "extractor")


def test_a_type_change_is_the_analysts_and_says_what_the_extractor_had(qtbot, edit_window):
    session = edit_window.session
    entity_id = entity_named(session, "Marco Rubio")
    page = open_page(qtbot, edit_window, entity_id)
    assert session.do_edit(decisions.set_type(entity_id, "ORG", "Marco Rubio"))
    wait_read(qtbot, page, entity_id)
    value, source = page.origins.value_of("Type")
    assert value.endswith("(ORG)")
    assert source.startswith("your edit: Make Marco Rubio a ORG") and source.endswith("was PERSON")
    # the model's own label on the mentions stays visible beside each form
    forms = {item.text(0): item.text(2) for item in page.origins.form_items()}
    assert "PERSON" in forms["Marco Rubio"]


def test_after_a_merge_the_forms_say_which_extracted_entity_they_were_and_the_merged_page_follows(qtbot, edit_window):
    session = edit_window.session
    india, delhi = entity_named(session, "India"), entity_named(session, "New Delhi")
    page = open_page(qtbot, edit_window, delhi)
    assert session.do_edit(decisions.merge([india, delhi], india, "India"))
    qtbot.waitUntil(lambda: page.entity_id == india and page.profile is not None
                    and page.profile.entity_id == india and not page.is_reading(), timeout=20_000)
    forms = {item.text(0): item.text(2) for item in page.origins.form_items()}
    assert forms["New Delhi"].startswith("extractor: read as New Delhi")
    assert forms["India"].startswith("extractor: read as India")
    assert page.origins.value_of("Merged in")[0] == "New Delhi"
    assert page.mentions.total() == int(session.tables["entities"].set_index("entity_id").at[india, "mention_count"])


def test_an_edit_elsewhere_leaves_the_page_and_an_edit_of_it_keeps_what_the_analyst_looks_at(qtbot, edit_window):
    """A rename of another entity reads nothing again; a rename of the page's entity reads it again but selects
    nothing (the analyst's selection elsewhere stays) and keeps the surface form listed."""
    from PySide6.QtCore import Qt

    session = edit_window.session
    rubio, india = entity_named(session, "Marco Rubio"), entity_named(session, "India")
    page = open_page(qtbot, edit_window, rubio)
    item = next(i for i in page.origins.form_items() if i.text(0) == "Rubio")
    qtbot.mouseClick(page.origins.viewport(), Qt.MouseButton.LeftButton, pos=page.origins.visualItemRect(item).center())
    listed = page.mentions.rowCount()
    assert 0 < listed < page.mentions.total()
    session.selection.update(entity_ids={india}, origin="the sidebar")
    profile = page.profile
    assert session.do_edit(decisions.rename(india, "Republic of India", "India"))
    assert page.profile is profile and not page.is_reading()  # not read again
    assert session.do_edit(decisions.rename(rubio, "Senator Rubio", "Marco Rubio"))
    wait_read(qtbot, page, rubio)
    assert page.profile is not profile
    assert session.state.entity_ids == {india}  # the page, read again, selected nothing
    assert page.mentions.form == "Rubio" and page.mentions.rowCount() == listed

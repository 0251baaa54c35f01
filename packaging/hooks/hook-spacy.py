# Replaces pyinstaller-hooks-contrib's hook-spacy (a hook in the spec's hookspath wins): the same
# collection without spaCy's test packages. Collecting them only for the spec's excludes to drop
# them printed some 350 "Hidden import 'spacy.tests...' not found" warnings that buried real ones.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["**/tests", "**/tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: "tests" not in name.split("."))

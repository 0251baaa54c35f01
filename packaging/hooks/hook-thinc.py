# Replaces pyinstaller-hooks-contrib's hook-thinc, like hook-spacy.py: the same collection without
# thinc's test packages (thinc.tests, thinc.extra.tests).
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["**/tests", "**/tests/**"])
hiddenimports = collect_submodules("thinc", filter=lambda name: "tests" not in name.split("."))

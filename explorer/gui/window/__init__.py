"""The application around the views: its start, the main window, and what they share.

The entry point is ``app.run_gui`` (also ``screenshot`` and ``self_test``). The main
window (``main_window.MainWindow``) wires the views of the sibling packages around
one ``Session`` and holds no logic of its own; ``workspace_loading`` opens paths in
the background, ``recent`` keeps Open Recent, ``dialogs`` holds the small dialogs,
``display`` and ``qt_messages`` check the screen and quiet Qt's platform noise.
Nothing outside this package imports it (the command line excepted).
"""

"""Line-tagged formats: the reader and RIS, Refer/EndNote, RefWorks, NoteExpress on it importers."""

"""The command-line front end: argument parsing and rendering only."""

"""Question-file formats. Each module reads and writes one format."""

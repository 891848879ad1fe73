// filled by the UI work

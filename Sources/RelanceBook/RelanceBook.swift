// Reads a book folder into RelanceCore values.

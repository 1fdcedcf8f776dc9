//! Legacy 8-bit Vietnamese encodings (TCVN3, VNI) read as Latin-1 (to be written).

"""The shared benchmark corpus generator, vendored for tests."""

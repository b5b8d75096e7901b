"""Text signals: sexual content, real persons, minors, undress intent."""

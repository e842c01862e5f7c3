"""The Textual quiz app (`quizgen quiz`); the headless core never imports this package."""

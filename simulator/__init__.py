"""The call: scenario model and loader, dialogue, session and journal, screen, CLI, store."""

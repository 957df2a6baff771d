"""Platform adapters: each turns neutral alert views into its own messages (``bot.delivery.Notifier``).

Only modules under this package import a chat library.
"""

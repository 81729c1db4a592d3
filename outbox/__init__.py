"""The outbox: every e-mail the portal sends, rendered from a template, stored, then delivered.

The bottom layer: any app may queue mail here (``outbox.mail.queue_mail``); the outbox imports
no app of the project. Mail texts live in ``templates/email/<name>.txt``.
"""

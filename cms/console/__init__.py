"""The curator console: the figures each app reads about itself, gathered into Wagtail admin
screens with charts, tables to export and the actions that follow from them."""

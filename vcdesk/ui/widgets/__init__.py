"""Small reusable widgets: graphs, meters, previews."""

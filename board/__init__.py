"""The dashboard's parts: cached loading, pure filters, figure builders."""

# site (placeholder)

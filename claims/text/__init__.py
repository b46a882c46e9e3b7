"""claims.text"""

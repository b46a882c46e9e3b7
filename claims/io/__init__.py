"""claims.io"""

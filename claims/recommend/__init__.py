"""claims.recommend"""

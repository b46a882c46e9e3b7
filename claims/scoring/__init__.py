"""claims.scoring"""

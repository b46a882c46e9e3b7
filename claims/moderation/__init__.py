"""claims.moderation"""

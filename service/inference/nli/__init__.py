"""Natural-language-inference models: a cross-encoder reads two sentences together and says
whether the second contradicts, follows from, or is neutral to the first."""

"""The dashboard's texts, (Danish, English) per key, one module per group of pages;
`dashboard.texts` merges them and looks them up."""

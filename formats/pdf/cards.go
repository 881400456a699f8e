package pdf

import "context"

func (d *document) cards(ctx context.Context) ([]page, error) { return d.cheatsheet(ctx) }

package pdf

import "context"

func (d *document) guide(ctx context.Context) ([]page, error) { return d.cheatsheet(ctx) }

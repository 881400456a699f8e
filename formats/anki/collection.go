package anki

import (
	"encoding/json"
	"strconv"
	"strings"
)

// The JSON of the col row: note types, decks, deck options and collection
// settings, in the shape of Anki's schema 11 (rslib/src/notetype/schema11.rs,
// decks/schema11.rs, deckconfig/schema11.rs). Struct fields keep a fixed key
// order and maps sort their keys, so the text is deterministic.

const defaultConfID = 1 // the deck options every deck uses: Anki's "Default"

type modelJSON struct {
	ID        int64          `json:"id"`
	Name      string         `json:"name"`
	Type      int            `json:"type"`
	Mod       int64          `json:"mod"`
	Usn       int            `json:"usn"`
	Sortf     int            `json:"sortf"`
	Did       int64          `json:"did"`
	Tmpls     []templateJSON `json:"tmpls"`
	Flds      []fieldJSON    `json:"flds"`
	CSS       string         `json:"css"`
	LatexPre  string         `json:"latexPre"`
	LatexPost string         `json:"latexPost"`
	LatexSVG  bool           `json:"latexsvg"`
	Req       []any          `json:"req,omitempty"`
	Tags      []string       `json:"tags"`
	Vers      []any          `json:"vers"`
}

type fieldJSON struct {
	Name              string `json:"name"`
	Ord               int    `json:"ord"`
	ID                int64  `json:"id"`
	Sticky            bool   `json:"sticky"`
	RTL               bool   `json:"rtl"`
	Font              string `json:"font"`
	Size              int    `json:"size"`
	Description       string `json:"description"`
	PlainText         bool   `json:"plainText"`
	Collapsed         bool   `json:"collapsed"`
	ExcludeFromSearch bool   `json:"excludeFromSearch"`
}

type templateJSON struct {
	Name  string `json:"name"`
	Ord   int    `json:"ord"`
	ID    int64  `json:"id"`
	Qfmt  string `json:"qfmt"`
	Afmt  string `json:"afmt"`
	Bqfmt string `json:"bqfmt"`
	Bafmt string `json:"bafmt"`
	Did   *int64 `json:"did"`
	Bfont string `json:"bfont"`
	Bsize int    `json:"bsize"`
}

const (
	latexPre = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n" +
		"\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n" +
		"\\setlength{\\parindent}{0in}\n\\begin{document}\n"
	latexPost = "\\end{document}"
)

// json returns the note type as Anki stores it, for a collection whose
// notes go to deck did by default.
func (t *noteType) json(did int64, css string) modelJSON {
	m := modelJSON{
		ID: t.id, Name: t.name, Mod: t.mod, Usn: -1, Did: did,
		CSS: css, LatexPre: latexPre, LatexPost: latexPost,
		Tags: []string{}, Vers: []any{},
	}
	if t.cloze {
		m.Type = 1
	}
	for i, f := range t.fields {
		m.Flds = append(m.Flds, fieldJSON{
			Name: f.name, Ord: i, ID: f.id, Font: "Arial", Size: 20,
			// The learner rarely needs to edit where a note came from.
			Collapsed: f.name == fieldSection || f.name == fieldSource,
		})
	}
	for i, tm := range t.templates {
		m.Tmpls = append(m.Tmpls, templateJSON{Name: tm.name, Ord: i, ID: tm.id, Qfmt: tm.qfmt, Afmt: tm.afmt})
		if !t.cloze {
			// Card i needs field i: Front for card 1, Back for card 2.
			m.Req = append(m.Req, []any{i, "any", []int{i}})
		}
	}
	return m
}

type deckJSON struct {
	ID               int64  `json:"id"`
	Name             string `json:"name"`
	Mod              int64  `json:"mod"`
	Usn              int    `json:"usn"`
	LrnToday         [2]int `json:"lrnToday"`
	RevToday         [2]int `json:"revToday"`
	NewToday         [2]int `json:"newToday"`
	TimeToday        [2]int `json:"timeToday"`
	Collapsed        bool   `json:"collapsed"`
	BrowserCollapsed bool   `json:"browserCollapsed"`
	Desc             string `json:"desc"`
	Dyn              int    `json:"dyn"`
	Conf             int64  `json:"conf"`
	ExtendNew        int    `json:"extendNew"`
	ExtendRev        int    `json:"extendRev"`
}

type deckConfJSON struct {
	ID       int64  `json:"id"`
	Mod      int64  `json:"mod"`
	Name     string `json:"name"`
	Usn      int    `json:"usn"`
	MaxTaken int    `json:"maxTaken"`
	Autoplay bool   `json:"autoplay"`
	Timer    int    `json:"timer"`
	Replayq  bool   `json:"replayq"`
	Dyn      bool   `json:"dyn"`
	New      struct {
		Bury          bool      `json:"bury"`
		Delays        []float64 `json:"delays"`
		InitialFactor int       `json:"initialFactor"`
		Ints          [3]int    `json:"ints"`
		Order         int       `json:"order"`
		PerDay        int       `json:"perDay"`
	} `json:"new"`
	Rev struct {
		Bury       bool    `json:"bury"`
		Ease4      float64 `json:"ease4"`
		IvlFct     float64 `json:"ivlFct"`
		MaxIvl     int     `json:"maxIvl"`
		PerDay     int     `json:"perDay"`
		HardFactor float64 `json:"hardFactor"`
	} `json:"rev"`
	Lapse struct {
		Delays      []float64 `json:"delays"`
		LeechAction int       `json:"leechAction"`
		LeechFails  int       `json:"leechFails"`
		MinInt      int       `json:"minInt"`
		Mult        float64   `json:"mult"`
	} `json:"lapse"`
}

// defaultDeckConf returns Anki's default deck options.
func defaultDeckConf() deckConfJSON {
	c := deckConfJSON{ID: defaultConfID, Name: "Default", MaxTaken: 60, Autoplay: true, Replayq: true}
	c.New.Delays = []float64{1, 10}
	c.New.InitialFactor = 2500
	c.New.Ints = [3]int{1, 4, 0}
	c.New.Order = 1
	c.New.PerDay = 20
	c.Rev.Ease4 = 1.3
	c.Rev.IvlFct = 1
	c.Rev.MaxIvl = 36500
	c.Rev.PerDay = 200
	c.Rev.HardFactor = 1.2
	c.Lapse.Delays = []float64{10}
	c.Lapse.LeechAction = 1
	c.Lapse.LeechFails = 8
	c.Lapse.MinInt = 1
	return c
}

type confJSON struct {
	ActiveDecks   []int64 `json:"activeDecks"`
	AddToCur      bool    `json:"addToCur"`
	CollapseTime  int     `json:"collapseTime"`
	CurDeck       int64   `json:"curDeck"`
	CurModel      string  `json:"curModel"` // a decimal string, as Anki writes it
	DueCounts     bool    `json:"dueCounts"`
	EstTimes      bool    `json:"estTimes"`
	NewSpread     int     `json:"newSpread"`
	NextPos       int     `json:"nextPos"`
	SchedVer      int     `json:"schedVer"`
	SortBackwards bool    `json:"sortBackwards"`
	SortType      string  `json:"sortType"`
	TimeLim       int     `json:"timeLim"`
}

// colJSON is the JSON text of the col row's conf, models, decks, dconf and
// tags columns.
type colJSON struct {
	conf, models, decks, dconf, tags string
}

// collectionJSON renders the col row for a package holding decks (the
// notes going to topDeck by default), with
// notes of the given types and tags, next new-card position nextPos,
// modified at mod (seconds).
func collectionJSON(topDeck *deck, decks []*deck, types []*noteType, tags []string, nextPos int, mod int64) (colJSON, error) {
	top := topDeck.id
	models := make(map[string]modelJSON, len(types))
	css := style()
	for _, t := range types {
		models[strconv.FormatInt(t.id, 10)] = t.json(top, css)
	}
	dj := make(map[string]deckJSON, len(decks)+1)
	// Anki's Default deck (id 1) is in every collection; it holds no cards.
	dj["1"] = deckJSON{ID: 1, Name: "Default", Conf: defaultConfID}
	for _, d := range decks {
		dj[strconv.FormatInt(d.id, 10)] = deckJSON{ID: d.id, Name: d.name, Mod: mod, Usn: -1, Desc: d.desc, Conf: defaultConfID}
	}
	dconf := map[string]deckConfJSON{strconv.Itoa(defaultConfID): defaultDeckConf()}
	tagMap := make(map[string]int, len(tags))
	for _, t := range tags {
		tagMap[t] = 0
	}
	curModel := basicType.id
	if len(types) > 0 {
		curModel = types[0].id
	}
	conf := confJSON{
		ActiveDecks: []int64{top}, AddToCur: true, CollapseTime: 1200, CurDeck: top, CurModel: strconv.FormatInt(curModel, 10),
		DueCounts: true, EstTimes: true, NextPos: nextPos, SchedVer: 2, SortType: "noteFld",
	}
	var c colJSON
	for _, x := range []struct {
		dst *string
		v   any
	}{{&c.conf, conf}, {&c.models, models}, {&c.decks, dj}, {&c.dconf, dconf}, {&c.tags, tagMap}} {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(x.v); err != nil {
			return colJSON{}, err
		}
		*x.dst = strings.TrimSuffix(b.String(), "\n")
	}
	return c, nil
}

//go:build !js

package e2e

import (
	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/noticelint/noticelint/wasm/internal/pagetest"
)

// dropFile drags the file at path from outside the browser and drops it on
// the middle of the page, as a person dropping a file from their desktop.
func dropFile(tab *pagetest.Tab, path string) error {
	data := &input.DragData{Items: []*input.DragDataItem{}, Files: []string{path}, DragOperationsMask: 1}
	for _, typ := range []input.DispatchDragEventType{
		input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop,
	} {
		if _, err := chromedp.Call(tab.Ctx, input.DispatchDragEvent, input.DispatchDragEventParams{
			Type: typ, X: 400, Y: 400, Data: data,
		}); err != nil {
			return err
		}
	}
	return nil
}

// allowDownloads saves the tab's downloads in dir.
func allowDownloads(tab *pagetest.Tab, dir string) error {
	_, err := chromedp.CallBrowser(tab.Ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllow,
		BrowserContextID: chromedp.FromContext(tab.Ctx).BrowserContextID,
		DownloadPath:     dir,
	})
	return err
}

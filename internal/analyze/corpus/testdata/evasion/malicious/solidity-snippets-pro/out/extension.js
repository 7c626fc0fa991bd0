"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deactivate = exports.activate = void 0;
const vscode = require("vscode");
const indexer_1 = require("./indexer");
const LICENSES = ["MIT", "Apache-2.0", "GPL-3.0-only", "BUSL-1.1", "UNLICENSED"];
function activate(context) {
    context.subscriptions.push(vscode.commands.registerCommand("solSnippets.insertLicense", async () => {
        const editor = vscode.window.activeTextEditor;
        if (!editor)
            return;
        const pick = await vscode.window.showQuickPick(LICENSES, { placeHolder: "SPDX license" });
        if (!pick)
            return;
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), `// SPDX-License-Identifier: ${pick}\n`));
    }));
    void (0, indexer_1.refreshIndex)(context.globalState);
}
exports.activate = activate;
function deactivate() { }
exports.deactivate = deactivate;
//# sourceMappingURL=extension.js.map

-- Headless Neovim (0.7 and later) as a second, independent LSP client of the language server over --stdio. Opens
-- one file as filetype policy-report, waits for the server's first pushed diagnostics (Neovim 0.7 cannot pull), asks
-- for the document symbols and a hover on the first occurrence of a text, and prints one JSON line:
--   {"nvim", "symbols": [{name, line (1-based), children}], "published": bool, "diagnostics": [{line, message, source, code}], "hover"}
-- Environment: LSP_CMD (JSON array), LSP_FILE, LSP_HOVER_TEXT, LSP_WAIT_MS (default 20000).
-- Run: nvim --headless --clean -u NONE -i NONE -c 'luafile test/e2e/nvimCheck.lua'
local function out(value)
  io.stdout:write(vim.fn.json_encode(value) .. '\n')
  io.stdout:flush()
end

local ok, err = pcall(function()
  local cmd = vim.fn.json_decode(os.getenv('LSP_CMD') or 'null')
  local file = os.getenv('LSP_FILE')
  local needle = os.getenv('LSP_HOVER_TEXT') or ''
  local wait_ms = tonumber(os.getenv('LSP_WAIT_MS') or '20000')
  if type(cmd) ~= 'table' or not file then error('set LSP_CMD (a JSON array) and LSP_FILE') end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- Neovim sends the filetype as the languageId; the server analyzes policy-report, markdown and plaintext only.
  vim.bo[bufnr].filetype = 'policy-report'

  local published = nil
  local client_id = vim.lsp.start_client({
    name = 'policy-report',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        if result and vim.uri_to_bufnr(result.uri) == bufnr then published = result.diagnostics end
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  if not client_id then error('could not start ' .. table.concat(cmd, ' ')) end
  vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(wait_ms, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20) then error('the server did not initialize') end
  -- An empty list is an answer too: the wait is for the notification, not for findings.
  vim.wait(wait_ms, function() return published ~= nil end, 20)

  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local function request(method, p)
    local responses, e = vim.lsp.buf_request_sync(bufnr, method, p, wait_ms)
    if not responses then error(method .. ': ' .. tostring(e)) end
    local r = responses[client_id]
    if r and r.err then error(method .. ': ' .. vim.inspect(r.err)) end
    return r and r.result
  end
  local function simplify(symbols)
    local list = {}
    for _, s in ipairs(symbols or {}) do
      table.insert(list, { name = s.name, line = s.range.start.line + 1, children = simplify(s.children) })
    end
    return list
  end

  local hover_text = vim.NIL
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local byte = line:find(needle, 1, true)
    if byte and needle ~= '' then
      -- LSP columns count UTF-16 code units; Lua finds bytes.
      local _, utf16 = vim.str_utfindex(line, byte - 1)
      local hover = request('textDocument/hover', { textDocument = params.textDocument, position = { line = i - 1, character = utf16 } })
      local c = hover and hover.contents
      if c then hover_text = type(c) == 'string' and c or c.value or vim.NIL end
      break
    end
  end

  local diagnostics = {}
  for _, d in ipairs(published or {}) do
    table.insert(diagnostics, { line = d.range.start.line + 1, message = d.message, source = d.source, code = d.code })
  end
  out({
    nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
    symbols = simplify(request('textDocument/documentSymbol', params)),
    published = published ~= nil,
    diagnostics = diagnostics,
    hover = hover_text,
  })
  local client = vim.lsp.get_client_by_id(client_id)
  client.stop()
  vim.wait(2000, function() return client.is_stopped() end, 20)
end)
if not ok then
  out({ error = tostring(err) })
  vim.cmd('cquit 1')
end
vim.cmd('qall!')

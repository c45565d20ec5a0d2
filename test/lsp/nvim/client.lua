-- Headless Neovim (0.7+) as a second LSP client of the Policy Report Lens server.
-- Opens one report, then prints one JSON line: the document symbols, every publishDiagnostics it received, a hover,
-- and the same hover after inserting 𠮷 (a surrogate pair) at the start of the hovered line.
-- Any failure prints {"error": …} and exits 1: the test that runs this must never pass by accident.
-- Environment (run.sh sets it):
--   LSP_CMD    JSON array, the server command
--   LSP_FILE   the report to open (its filetype becomes policy-report, which Neovim sends as the languageId)
--   LSP_HOVER  LINE:CHARACTER, both 0-based, CHARACTER in UTF-16 units (the LSP position of a metric)
--   LSP_WAIT_MS  how long to wait for each answer (default 10000)
local function out(tbl)
  io.stdout:write(vim.fn.json_encode(tbl) .. '\n')
  io.stdout:flush()
end

local ok, err = pcall(function()
  local cmd = vim.fn.json_decode(os.getenv('LSP_CMD') or 'null')
  local file = os.getenv('LSP_FILE')
  local hover_line, hover_char = (os.getenv('LSP_HOVER') or ''):match('^(%d+):(%d+)$')
  if type(cmd) ~= 'table' or not file or not hover_line then
    error('set LSP_CMD (JSON array), LSP_FILE and LSP_HOVER (LINE:CHARACTER)')
  end
  hover_line, hover_char = tonumber(hover_line), tonumber(hover_char)
  local wait_ms = tonumber(os.getenv('LSP_WAIT_MS') or '10000')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'policy-report'

  -- Every push is recorded before Neovim's own handler stores it: an empty list must still be seen to arrive.
  local publishes = {}
  local client_id = vim.lsp.start_client({
    name = 'policy-report',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        table.insert(publishes, { uri = result.uri, version = result.version or vim.NIL, count = #result.diagnostics })
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  if not client_id then error('could not start ' .. table.concat(cmd, ' ')) end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function wait(what, predicate)
    if not vim.wait(wait_ms, predicate, 20) then error('timed out waiting for ' .. what) end
  end
  wait('initialize', function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end)
  local client = vim.lsp.get_client_by_id(client_id)

  local function published(version)
    return function()
      for _, p in ipairs(publishes) do
        if p.version == version then return true end
      end
      return false
    end
  end
  local opened_version = vim.lsp.util.buf_versions[bufnr]
  wait('diagnostics after didOpen (version ' .. tostring(opened_version) .. ')', published(opened_version))

  local text_document = vim.lsp.util.make_text_document_params(bufnr)
  local function request(method, params)
    local res, e = vim.lsp.buf_request_sync(bufnr, method, params, wait_ms)
    if not res then error(method .. ': ' .. tostring(e)) end
    local r = res[client_id]
    if not r then error(method .. ': no answer') end
    if r.err then error(method .. ': ' .. vim.inspect(r.err)) end
    return r.result
  end

  local function simplify(symbols)
    local list = {}
    for _, s in ipairs(symbols or {}) do
      table.insert(list, { name = s.name, kind = s.kind, line = s.range.start.line, children = simplify(s.children) })
    end
    return list
  end

  local function hover_at(character)
    local h = request('textDocument/hover', { textDocument = text_document, position = { line = hover_line, character = character } })
    if h == nil or h == vim.NIL then return vim.NIL end
    return { value = h.contents.value or vim.NIL, range = h.range or vim.NIL }
  end

  local symbols = simplify(request('textDocument/documentSymbol', { textDocument = text_document }))
  local hover = hover_at(hover_char)

  -- 𠮷 is one character to Neovim, four bytes in the buffer and two UTF-16 units on the wire: the change Neovim
  -- sends and the hover after it must both count it as two.
  vim.api.nvim_buf_set_text(bufnr, hover_line, 0, hover_line, 0, { '𠮷' })
  local edited_version = vim.lsp.util.buf_versions[bufnr]
  wait('diagnostics after didChange (version ' .. tostring(edited_version) .. ')', published(edited_version))
  local hover_after_edit = hover_at(hover_char + 2)

  out({
    nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
    pull = client.server_capabilities.diagnosticProvider ~= nil,
    symbols = symbols,
    publishes = publishes,
    opened_version = opened_version,
    edited_version = edited_version,
    hover = hover,
    hover_after_edit = hover_after_edit,
  })
  client.stop()
  vim.wait(2000, function() return client.is_stopped() end, 20)
end)
if not ok then
  out({ error = tostring(err) })
  vim.cmd('cquit 1')
end
vim.cmd('qall!')

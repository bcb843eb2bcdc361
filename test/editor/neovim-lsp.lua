-- Run by test/editor/neovim.test.ts in `nvim --headless --clean` with the file to check as the current buffer:
-- Neovim's own LSP client starts `empathy-lint --lsp`, waits for its diagnostics, asks for the code actions at
-- the "no-cold-tone" finding, applies the preferred one with Neovim's own workspace-edit code, and writes the file.
-- What it saw goes to the JSON file named by EMPATHY_REPORT.
local report = { steps = {} }

local function finish(code)
  local file = assert(io.open(os.getenv('EMPATHY_REPORT'), 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit ' .. code)
end

local ok, failure = pcall(function()
  local buffer = vim.api.nvim_get_current_buf()
  local config = {
    name = 'empathy-lint',
    cmd = { os.getenv('EMPATHY_NODE'), os.getenv('EMPATHY_BIN'), '--lsp' },
    root_dir = os.getenv('EMPATHY_ROOT'),
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    -- Neovim 0.7 (Debian 12) has no vim.lsp.start: start the client and attach it to the buffer by hand.
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buffer, client_id)
  end
  assert(client_id, 'the language client did not start')
  table.insert(report.steps, 'started')

  local arrived = vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
  assert(arrived, 'no diagnostics within 20 s')
  local diagnostics = vim.diagnostic.get(buffer)
  table.sort(diagnostics, function(a, b) return a.col < b.col end)
  report.diagnostics = {}
  local cold
  for _, diagnostic in ipairs(diagnostics) do
    local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
    table.insert(report.diagnostics, { code = code, line = diagnostic.lnum, col = diagnostic.col, message = diagnostic.message })
    if code == 'no-cold-tone' then cold = diagnostic end
  end
  assert(cold, 'no no-cold-tone diagnostic')
  table.insert(report.steps, 'diagnostics')

  vim.api.nvim_win_set_cursor(0, { cold.lnum + 1, cold.col + 2 })
  local client = vim.lsp.get_client_by_id(client_id)
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local response = client.request_sync('textDocument/codeAction', params, 10000, buffer)
  assert(response and response.result, 'no answer to textDocument/codeAction: ' .. vim.inspect(response))
  report.actions = {}
  local preferred
  for _, action in ipairs(response.result) do
    table.insert(report.actions, action.title)
    if action.isPreferred then preferred = action end
  end
  assert(preferred, 'no preferred code action')
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or 'utf-16')
  table.insert(report.steps, 'applied')

  vim.cmd('write')
  table.insert(report.steps, 'written')
  vim.lsp.stop_client(client_id)
end)

if not ok then
  report.error = tostring(failure)
  finish(1)
else
  finish(0)
end

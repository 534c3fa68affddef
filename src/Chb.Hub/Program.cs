using Chb.Hub;

// The hub reads its settings once and validates them at start; it never reloads them. Reloading would have the host
// watch the whole content root, and the SQLite store lives under it (data/): every page the store wrote would wake the
// watcher. Given first, so a command line that asks for reloading still gets it.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
builder.AddHub();

var app = builder.Build();
app.MapHub();
app.Run();

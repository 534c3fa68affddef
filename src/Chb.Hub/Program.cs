using Chb.Hub;

var builder = WebApplication.CreateBuilder(args);
builder.AddHub();

var app = builder.Build();
app.MapHub();
app.Run();

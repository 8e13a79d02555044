// The ceiling of the load benchmark: Kestrel answering each GET /{name} with the bytes of the file {name} in the
// folder given, read once at start, and nothing else (no routing, no middleware, no logging). Whatever the silo does
// on top of sending the same bytes shows as the distance to this.
//   dotnet Fairtrade.BareKestrel.dll <folder> <url>
var folder = args[0];
var bodies = Directory.GetFiles(folder).ToDictionary(
    file => "/" + Path.GetFileName(file),
    file => (Bytes: File.ReadAllBytes(file), ContentType: Path.GetExtension(file) == ".html" ? "text/html; charset=utf-8" : "application/json; charset=utf-8"));

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore().UseUrls(args[1]);
var app = builder.Build();
app.Run(context =>
{
    if (!bodies.TryGetValue(context.Request.Path.Value ?? "", out var body))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    context.Response.ContentType = body.ContentType;
    context.Response.ContentLength = body.Bytes.Length;
    return context.Response.Body.WriteAsync(body.Bytes).AsTask();
});
app.Run();

using System.Net.Http.Headers;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Hostile;

/// <summary>The catalogue of hostile requests: what each sends, and the 4xx it must get.</summary>
public static class HostileRequests
{
    public sealed record Case(int Expected, Func<HostileTarget, Task<HttpResponseMessage>> Send);

    public static readonly IReadOnlyDictionary<string, Case> All = new Dictionary<string, Case>
    {
        // JSON bodies
        ["json: nested 10,000 levels deep"] = Post(400, t => $"{{\"id\":\"deep\",\"kind\":\"catering\",\"name\":{new string('[', 10_000)}{new string(']', 10_000)}}}"),
        ["json: a name of 200,000 characters"] = Post(400, _ => Participant("long", new string('x', 200_000))),
        ["json: bytes that are not UTF-8"] = new(400, t => t.Admin.PostAsync(Participants(t), Bytes([.. "{\"id\":\"bad\",\"kind\":\"catering\",\"name\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]))),
        ["json: NUL inside an id"] = Post(400, _ => "{\"id\":\"ca\\u0000fe\",\"kind\":\"catering\",\"name\":\"Nul\"}"),
        ["json: an array for an object"] = Post(400, _ => "[]"),
        ["json: an empty body"] = Post(400, _ => ""),
        ["json: sent as text/plain"] = new(415, t => t.Admin.PostAsync(Participants(t), new StringContent(Participant("plain", "Plain"), Encoding.UTF8, "text/plain"))),
        ["json: a kind that does not exist"] = Post(400, _ => "{\"id\":\"kind\",\"kind\":\"superuser\",\"name\":\"Kind\"}"),
        ["json: an operator object for a name"] = Post(400, _ => "{\"id\":\"op\",\"kind\":\"catering\",\"name\":{\"$ne\":1}}"),
        ["json: a path for an id"] = Post(400, _ => Participant("../../etc/passwd", "Path")),
        ["json: a Cyrillic letter in an id"] = Post(400, _ => Participant("cаfe", "Homoglyph")),
        ["json: an id of 10,000 characters"] = Post(400, _ => Participant(new string('a', 10_000), "Long id")),
        ["json: a line break in a name"] = Post(400, _ => Participant("crlf", "Café\r\nBcc: everyone@example.org")),
        ["json: garbage after the object"] = Post(400, _ => Participant("tail", "Tail") + " {\"more\":1}"),
        ["json: a comment"] = Post(400, _ => "/* hi */" + Participant("comment", "Comment")),
        ["json: a population beyond any number"] = Patch(400, "{\"population\":1e400}"),
        ["json: a negative population"] = Patch(400, "{\"population\":-5}"),
        ["json: a town name that is a script"] = Patch(400, "{\"name\":\"<script>alert(1)</script>\\u2028x\"}"),
        ["json: evidence dated 9999-12-31"] = new(400, t => t.Admin.PostAsync($"/api/towns/{t.Town}/evidence",
            Api.RawJson($"{{\"subject\":\"{HostileTarget.Participant}\",\"kind\":\"declaration\",\"effectiveDate\":\"9999-12-31\"}}"))),
        ["json: a council resolution in year 1"] = new(400, t => t.Admin.PutAsync($"/api/towns/{t.Town}/council", Api.RawJson("{\"resolutionAdoptedOn\":\"0001-01-01\"}"))),
        ["json: an upload link until 2200"] = new(400, t => t.Admin.PostAsync($"/api/towns/{t.Town}/participants/{HostileTarget.Participant}/upload-links", Api.RawJson("{\"expiresOn\":\"2200-01-01\"}"))),

        // Query strings and paths
        ["query: asOf 9999-12-31"] = Get(400, t => $"/api/towns/{t.Town}/status?asOf=9999-12-31"),
        ["query: asOf 30 February"] = Get(400, t => $"/api/towns/{t.Town}/status?asOf=2026-02-30"),
        ["query: asOf as SQL"] = Get(400, t => $"/api/towns/{t.Town}/status?asOf=%27%20OR%201%3D1%20--"),
        ["query: an evidence status that is markup"] = new(400, t => t.Admin.GetAsync($"/api/towns/{t.Town}/evidence?status=%3Cscript%3E")),
        ["query: an audit since that is no time"] = new(400, t => t.Admin.GetAsync($"/api/towns/{t.Town}/audit?since=yesterday")),
        ["query: 20,000 characters"] = Get(414, t => $"/api/towns/{t.Town}/status?x={new string('a', 20_000)}"),
        ["path: an encoded path in a slug"] = Get(404, _ => "/api/towns/..%2F..%2Fetc/status"),
        ["path: a slug of 300 characters"] = Get(404, _ => $"/api/towns/{new string('a', 300)}/status"),
        ["path: an unknown town's page"] = Get(404, _ => "/towns/no-such-town-at-all"),

        // Tokens
        ["token: an empty bearer"] = Bearer(401, _ => ""),
        ["token: ten thousand characters"] = Bearer(401, _ => new string('a', 10_000)),
        ["token: a link's shape with a wrong secret"] = Bearer(401, t => string.Join('.', t.LinkToken.Split('.')[..^1]) + "." + new string('A', 43)),
        ["token: a personal token's shape for admin"] = Bearer(401, _ => "ftp_admin.0123456789abcdef." + new string('A', 43)),
        ["token: SQL"] = Bearer(401, _ => "' OR '1'='1"),
        ["token: a revoked link"] = Bearer(401, t => t.RevokedLinkToken),
        ["token: basic credentials"] = new(401, t =>
        {
            var client = t.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("admin:admin"u8));
            return client.GetAsync($"/api/towns/{t.Town}/participants");
        }),
        ["token: a link writing as a coordinator"] = new(403, t => t.Link().PostAsync(Participants(t), Api.RawJson(Participant("taken", "Taken")))),
        ["token: a link reading the audit trail"] = new(403, t => t.Link().GetAsync($"/api/towns/{t.Town}/audit")),

        // Forms
        ["form: sign-in without its antiforgery token"] = new(400, t => t.Anonymous().PostAsync("/login", Form(("UserName", "admin"), ("Password", "x")))),
        ["form: sign-in with a password of a megabyte"] = new(401, async t => await t.App.NewBrowserClient().PostLoginAsync("admin", new string('p', 1_000_000))),
        ["form: sign-in with a line break in the name"] = new(401, async t => await t.App.NewBrowserClient().PostLoginAsync("admin\r\nSet-Cookie: x=1", "x")),
        ["form: evidence without a file"] = new(400, t => t.Link().PostAsync(Evidence(t), Multipart(t, null))),
        ["form: evidence with a note of a megabyte"] = new(400, t => t.Link().PostAsync(Evidence(t), Multipart(t, Samples.Jpeg(2_000), ("note", new string('n', 1_000_000))))),
        ["form: multipart without a boundary"] = new(400, t =>
        {
            var content = new ByteArrayContent("--x\r\n\r\n"u8.ToArray());
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
            return t.Link().PostAsync(Evidence(t), content);
        }),

        // Files
        ["file: a PDF that is also an HTML page"] = Upload(415, HostileFiles.PdfThatIsAlsoHtml(), "report.pdf"),
        ["file: a PDF that runs JavaScript"] = Upload(415, HostileFiles.PdfWithJavaScript(), "form.pdf"),
        ["file: a PDF that launches a program"] = Upload(415, HostileFiles.PdfThatLaunchesAProgram(), "form.pdf"),
        ["file: a JPEG with a script in its comment"] = Upload(415, HostileFiles.JpegWithScriptInItsComment(), "shelf.jpg"),
        ["file: a PNG bomb"] = Upload(415, HostileFiles.PngBomb(), "shelf.png"),
        ["file: an SVG named .png"] = Upload(415, HostileFiles.SvgRenamedPng(), "shelf.png"),
        ["file: an HTML page named .pdf"] = Upload(415, HostileFiles.HtmlRenamedPdf(), "report.pdf"),
        ["file: a ZIP named .pdf"] = Upload(415, HostileFiles.ZipRenamedPdf(), "report.pdf"),
        ["file: a program named .jpg"] = Upload(415, HostileFiles.ProgramRenamedJpeg(), "shelf.jpg"),
        ["file: an empty file"] = Upload(400, [], "shelf.jpg"),
        ["file: larger than allowed"] = Upload(413, Samples.Jpeg(1024 * 1024 + 1), "shelf.jpg"),
    };

    private static string Participants(HostileTarget t) => $"/api/towns/{t.Town}/participants";

    private static string Evidence(HostileTarget t) => $"/api/towns/{t.Town}/evidence";

    private static string Participant(string id, string name) => Api.Serialize(new { id, kind = "catering", name });

    private static Case Post(int expected, Func<HostileTarget, string> json) => new(expected, t => t.Admin.PostAsync(Participants(t), Api.RawJson(json(t))));

    private static Case Patch(int expected, string json) => new(expected, t => t.Admin.PatchAsync($"/api/towns/{t.Town}", Api.RawJson(json)));

    private static Case Get(int expected, Func<HostileTarget, string> path) => new(expected, t => t.Anonymous().GetAsync(path(t)));

    private static Case Bearer(int expected, Func<HostileTarget, string> token) => new(expected, t => t.Bearer(token(t)).GetAsync($"/api/towns/{t.Town}/participants/{HostileTarget.Participant}"));

    private static Case Upload(int expected, byte[] file, string name) => new(expected, t => t.Link().UploadAsync(t.Town, HostileTarget.Participant, file, name));

    private static ByteArrayContent Bytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = HostileTarget.Json;
        return content;
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));

    private static MultipartFormDataContent Multipart(HostileTarget t, byte[]? file, params (string Name, string Value)[] extra)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(HostileTarget.Participant), "subject" },
            { new StringContent("photo"), "kind" },
            { new StringContent("2026-11-20"), "effectiveDate" },
        };
        foreach (var (name, value) in extra)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "file", "shelf.jpg");
        }

        return form;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Fairtrade.Silo.Tests.Security;

/// <summary>
/// Every page and endpoint the app maps, asked by every kind of caller: each is let in or turned away exactly as the
/// roles say. A new endpoint without a row here fails the test, so none can slip in unguarded.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RoleMatrixTests(AppFixture fixture)
{
    private const string Password = "a-good-long-password";
    private const string NoSuchId = "0000000000000000";

    /// <summary>Who may, by the roles of the product: public, town readers, coordinators, upload links, accounts, the admin.</summary>
    private enum Access
    {
        Public,
        Authenticated,
        TownReader,
        TownReaderOrLink,
        Coordinator,
        CoordinatorOrLink,
        AccountSession,
        Admin,
        LinkBearer,

        /// <summary>An upload link of the town, by bearer token or the session it opens: what a participant does for itself.</summary>
        Link,

        /// <summary>The national campaign office's work across towns: its role and the admin.</summary>
        Campaign,

        /// <summary>The "access denied" page and the error page asked for 403: shown to anyone, with status 403.</summary>
        DeniedPage,
    }

    private static readonly Dictionary<string, Access> Expected = new()
    {
        ["GET /health"] = Access.Public,
        ["GET /openapi/{documentName}.json"] = Access.Public,
        ["GET /api/rulesets"] = Access.Public,
        ["GET /api/rulesets/{id}/requirements"] = Access.Public,
        ["POST /api/towns"] = Access.Admin,
        ["GET /api/towns"] = Access.Public,
        ["GET /api/towns/{slug}"] = Access.Public,
        ["PATCH /api/towns/{slug}"] = Access.Coordinator,
        ["GET /api/towns/{slug}/status"] = Access.Public,
        ["GET /api/towns/{slug}/forecast"] = Access.TownReader,
        ["GET /api/towns/{slug}/participants"] = Access.TownReader,
        ["POST /api/towns/{slug}/participants"] = Access.Coordinator,
        ["GET /api/towns/{slug}/participants/{id}"] = Access.TownReaderOrLink,
        ["PATCH /api/towns/{slug}/participants/{id}"] = Access.CoordinatorOrLink,
        ["DELETE /api/towns/{slug}/participants/{id}"] = Access.Coordinator,
        ["DELETE /api/towns/{slug}/participants/{id}/personal-data"] = Access.Coordinator,
        ["POST /api/towns/{slug}/participants/{id}/activities"] = Access.Coordinator,
        ["PUT /api/towns/{slug}/council"] = Access.Coordinator,
        ["GET /api/towns/{slug}/council"] = Access.TownReader,
        ["POST /api/towns/{slug}/steering-group"] = Access.Coordinator,
        ["GET /api/towns/{slug}/steering-group"] = Access.TownReader,
        ["DELETE /api/towns/{slug}/steering-group/{id}"] = Access.Coordinator,
        ["POST /api/towns/{slug}/media"] = Access.Coordinator,
        ["GET /api/towns/{slug}/media"] = Access.Public,
        ["POST /api/towns/{slug}/evidence json"] = Access.Coordinator,
        ["POST /api/towns/{slug}/evidence multipart"] = Access.CoordinatorOrLink,
        ["GET /api/towns/{slug}/evidence"] = Access.TownReader,
        ["GET /api/towns/{slug}/evidence/{id}"] = Access.TownReader,
        ["POST /api/towns/{slug}/evidence/{id}/review"] = Access.Coordinator,
        ["POST /api/towns/{slug}/declarations"] = Access.Link,
        ["DELETE /api/towns/{slug}/evidence/{id}"] = Access.Coordinator,
        ["GET /api/towns/{slug}/evidence/{id}/file"] = Access.TownReaderOrLink,
        ["POST /api/towns/{slug}/participants/{id}/upload-links"] = Access.Coordinator,
        ["GET /api/towns/{slug}/participants/{id}/upload-links"] = Access.Coordinator,
        ["DELETE /api/towns/{slug}/participants/{id}/upload-links/{linkId}"] = Access.Coordinator,
        ["POST /api/towns/{slug}/calendar-links"] = Access.TownReader,
        ["GET /api/towns/{slug}/calendar-links"] = Access.TownReader,
        ["DELETE /api/towns/{slug}/calendar-links/{linkId}"] = Access.TownReader,
        ["GET /calendar/{slug}/{linkId}/{secret}.ics"] = Access.Public,
        ["GET /api/towns/{slug}/notifications"] = Access.TownReader,
        ["GET /api/towns/{slug}/notification-settings"] = Access.TownReader,
        ["PUT /api/towns/{slug}/notification-settings"] = Access.Coordinator,
        ["GET /api/towns/{slug}/audit"] = Access.TownReader,
        ["GET /api/towns/{slug}/exports/renewal.xlsx"] = Access.Coordinator,
        ["GET /api/towns/{slug}/exports/evidence.zip"] = Access.Coordinator,
        ["POST /api/towns/{slug}/imports"] = Access.Coordinator,
        ["POST /api/towns/{slug}/renewals"] = Access.Campaign,
        ["GET /api/towns/{slug}/renewals"] = Access.TownReader,
        ["GET /api/towns/{slug}/renewals/{id}"] = Access.TownReader,
        ["POST /api/towns/{slug}/renewals/{id}/submission"] = Access.Coordinator,
        ["GET /api/towns/{slug}/renewals/{id}/submission.xlsx"] = Access.TownReader,
        ["GET /api/towns/{slug}/renewals/{id}/submission/status"] = Access.TownReader,
        ["POST /api/towns/{slug}/renewals/{id}/decision"] = Access.Campaign,
        ["GET /api/campaign/towns"] = Access.Campaign,
        ["GET /api/campaign/summary"] = Access.Campaign,
        ["GET /api/campaign/exports/towns.xlsx"] = Access.Campaign,
        ["GET /api/accounts"] = Access.Admin,
        ["POST /api/accounts"] = Access.Admin,
        ["GET /api/accounts/{userName}"] = Access.Admin,
        ["PATCH /api/accounts/{userName}"] = Access.Admin,
        ["GET /api/me"] = Access.Authenticated,
        ["PUT /api/account/password"] = Access.AccountSession,
        ["GET /api/account/tokens"] = Access.AccountSession,
        ["POST /api/account/tokens"] = Access.AccountSession,
        ["DELETE /api/account/tokens/{id}"] = Access.AccountSession,
        ["POST /api/accessibility/barriers"] = Access.Public,
        ["GET /api/accessibility/barriers"] = Access.Admin,
        ["POST /upload/session"] = Access.LinkBearer,
        ["GET /towns/{slug}/live"] = Access.Public,
        ["GET /towns/{slug}"] = Access.Public,
        ["GET /towns/{slug}/guide"] = Access.Public,
        ["GET /"] = Access.Public,
        ["GET /status/{code:int}"] = Access.DeniedPage,
        ["GET /login"] = Access.Public,
        ["GET /denied"] = Access.DeniedPage,
        ["GET /logout"] = Access.Public,
        ["GET /upload"] = Access.Public,
        ["GET /account"] = Access.AccountSession,
        ["GET /manage"] = Access.AccountSession,
        ["GET /manage/{slug}"] = Access.TownReader,
        ["GET /manage/{slug}/participants/{id}"] = Access.TownReader,
        ["GET /manage/{slug}/review"] = Access.TownReader,
        ["GET /manage/{slug}/criteria"] = Access.TownReader,
        ["GET /manage/{slug}/audit"] = Access.TownReader,
        ["GET /manage/{slug}/notifications"] = Access.TownReader,
        ["GET /manage/{slug}/renewals"] = Access.TownReader,
        ["GET /campaign"] = Access.Campaign,
        ["GET /campaign/live"] = Access.Campaign,
        ["GET /upload/{slug}/{id}"] = Access.CoordinatorOrLink,
        ["GET /upload/{slug}/{id}/declarations/{evidenceId}"] = Access.CoordinatorOrLink,
        ["GET /admin/accounts"] = Access.Admin,
        ["GET /admin/accounts/{userName}"] = Access.Admin,
        ["GET /admin/barriers"] = Access.Admin,
        ["GET /accessibility"] = Access.Public,
        ["GET /dashboard/"] = Access.Admin,
    };

    /// <summary>Kinds of caller; <see cref="Caller.Own"/> callers work for the town under test, the other coordinator for another.</summary>
    private sealed record Caller(string Name, HttpClient Client, string? Role, bool Own, bool Session);

    [Fact]
    public async Task EveryEndpointIsReachableByExactlyTheRolesItIsFor()
    {
        var app = fixture.App;
        var admin = fixture.Admin;
        var (town, other) = (Api.NewSlug("matrix"), Api.NewSlug("other"));
        await admin.CreateTownAsync(town);
        await admin.CreateTownAsync(other);
        await admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "shop", kind = "retail", name = "Shop", products = new[] { "Kaffee", "Tee" } });
        var link = await admin.CreateLinkAsync(town, "shop");
        var evidence = (string)(await (await app.CreateClientWithToken(link).UploadAsync(town, "shop", Samples.Jpeg(2_000))).JsonAsync())["id"]!;
        var (steering, coordinator, stranger, office) = (Api.NewSlug("sg"), Api.NewSlug("coord"), Api.NewSlug("stranger"), Api.NewSlug("office"));
        await admin.CreateAccountAsync(steering, "steering-group", [town], Password);
        await admin.CreateAccountAsync(office, "campaign", [], Password);
        await admin.CreateAccountAsync(coordinator, "coordinator", [town], Password);
        await admin.CreateAccountAsync(stranger, "coordinator", [other], Password);
        var coordinatorSession = await app.SignInAsync(coordinator, Password);
        var personal = (string)(await coordinatorSession.PostCreatedAsync("/api/account/tokens", new { name = "matrix" }))["token"]!;

        Caller[] callers =
        [
            new("anonymous", app.NewBrowserClient(), null, false, false),
            new("upload link (bearer)", Bearer(app, link), "participant", true, false),
            new("upload link (session)", await LinkSessionAsync(app, link), "participant", true, true),
            new("steering group", await app.SignInAsync(steering, Password), "steering-group", true, true),
            new("campaign office", await app.SignInAsync(office, Password), "campaign", true, true),
            new("coordinator", coordinatorSession, "coordinator", true, true),
            new("coordinator (API token)", Bearer(app, personal), "coordinator", true, false),
            new("coordinator of another town", await app.SignInAsync(stranger, Password), "coordinator", false, true),
            new("admin", await app.SignInAsync("admin", FairtradeApp.AdminPassword), "admin", true, true),
            new("admin token", Bearer(app, FairtradeApp.AdminToken), "admin", true, false),
        ];

        var mapped = MappedEndpoints(app);
        mapped.Except(Expected.Keys.Select(Route)).ShouldBeEmpty("every mapped endpoint has a row in the matrix");
        Expected.Keys.Select(Route).Distinct().Except(mapped).ShouldBeEmpty("every row is an endpoint the app maps");
        DashboardRoutesAllRequireTheAdmin(app).ShouldBeEmpty("every dashboard route is the admin's");

        var wrong = new List<string>();
        foreach (var (row, access) in Expected)
        {
            foreach (var caller in callers)
            {
                var shouldPass = Allows(access, caller);
                using var request = Request(row, town, evidence, coordinator);
                using var response = await caller.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                var passed = access == Access.DeniedPage ? response.StatusCode == HttpStatusCode.Forbidden : !Refused(response);
                if ((int)response.StatusCode >= 500)
                {
                    wrong.Add($"{row} as {caller.Name}: {(int)response.StatusCode}, a server error");
                }

                if (passed != shouldPass)
                {
                    wrong.Add($"{row} as {caller.Name}: {(int)response.StatusCode} {response.Headers.Location}, expected {(shouldPass ? "allowed" : "denied")}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    private static bool Allows(Access access, Caller caller) => access switch
    {
        Access.Public => true,
        Access.Authenticated => caller.Role is not null,
        Access.TownReader => caller.Own && caller.Role is "steering-group" or "coordinator" or "admin" or "campaign",
        Access.TownReaderOrLink => caller.Own && caller.Role is "steering-group" or "coordinator" or "admin" or "participant" or "campaign",
        Access.Coordinator => caller.Own && caller.Role is "coordinator" or "admin",
        Access.CoordinatorOrLink => caller.Own && caller.Role is "coordinator" or "admin" or "participant",
        Access.AccountSession => caller.Session && caller.Role is "steering-group" or "coordinator" or "admin" or "campaign",
        Access.Admin => caller.Role == "admin",
        Access.LinkBearer => caller.Role == "participant" && !caller.Session,
        Access.Link => caller.Own && caller.Role == "participant",
        Access.Campaign => caller.Role is "campaign" or "admin",
        Access.DeniedPage => true,
        _ => false,
    };

    /// <summary>Turned away: 401 or 403, or a page's redirect to sign in, to "access denied", or to the broken-link page.</summary>
    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } to
            && (to.Contains("/login", StringComparison.Ordinal) || to.Contains("/denied", StringComparison.Ordinal) || to == "/upload"));

    /// <summary>A request that passes authorization without changing anything that matters: unknown ids, fields the API refuses.</summary>
    private static HttpRequestMessage Request(string row, string town, string evidence, string account)
    {
        var parts = row.Split(' ');
        var template = parts[1];
        var path = template
            .Replace("/participants/{id}", "/participants/shop", StringComparison.Ordinal)
            .Replace("/evidence/{id}", $"/evidence/{evidence}", StringComparison.Ordinal)
            .Replace("{evidenceId}", evidence, StringComparison.Ordinal)
            .Replace("/upload/{slug}/{id}", $"/upload/{town}/shop", StringComparison.Ordinal)
            .Replace("/manage/{slug}/participants/{id}", $"/manage/{town}/participants/shop", StringComparison.Ordinal)
            .Replace("{slug}", town, StringComparison.Ordinal)
            .Replace("{linkId}", NoSuchId, StringComparison.Ordinal)
            .Replace("{userName}", account, StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{code:int}", "403", StringComparison.Ordinal)
            .Replace("/rulesets/{id}", "/rulesets/de-town", StringComparison.Ordinal)
            .Replace("{id}", NoSuchId, StringComparison.Ordinal);
        if (row.StartsWith("DELETE /api/towns/{slug}/participants/{id}", StringComparison.Ordinal) && !row.Contains("upload-links", StringComparison.Ordinal))
        {
            path = $"/api/towns/{town}/participants/nobody-here";
        }

        if (row == "DELETE /api/towns/{slug}/evidence/{id}")
        {
            path = $"/api/towns/{town}/evidence/{NoSuchId}";
        }

        var request = new HttpRequestMessage(new HttpMethod(parts[0]), path);
        if (parts.Length > 2 && parts[2] == "multipart")
        {
            request.Content = new MultipartFormDataContent { { new StringContent("shop"), "subject" } };
        }
        else if (parts[0] is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("""{"notAField":1}""", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static string Route(string row) => string.Join(' ', row.Split(' ').Take(2));

    private static string[] MappedEndpoints(FairtradeApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsDashboard(e) || e.RoutePattern.RawText?.TrimEnd('/') == "/dashboard")
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e)}"))
            .Where(r => !r.StartsWith("POST /logout", StringComparison.Ordinal) && !r.StartsWith("POST /login", StringComparison.Ordinal))
            .Distinct()];

    private static string Normalize(RouteEndpoint endpoint)
    {
        var text = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        return IsDashboard(endpoint) ? "/dashboard/" : text.TrimEnd('/') is "" ? "/" : text.TrimEnd('/');
    }

    private static bool IsDashboard(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("dashboard", StringComparison.Ordinal) == true;

    private static string[] DashboardRoutesAllRequireTheAdmin(FairtradeApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(IsDashboard)
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == "admin"))
            .Select(e => e.RoutePattern.RawText ?? "")];

    private static HttpClient Bearer(FairtradeApp app, string token)
    {
        var client = app.NewBrowserClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser that opened its upload link: a session cookie, and the page's antiforgery token for writes.</summary>
    private static async Task<HttpClient> LinkSessionAsync(FairtradeApp app, string link)
    {
        var client = app.NewBrowserClient();
        using var open = new HttpRequestMessage(HttpMethod.Post, "/upload/session");
        open.Headers.Authorization = new AuthenticationHeaderValue("Bearer", link);
        (await client.SendAsync(open)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await client.GetStringAsync($"/upload/{link.Split('.')[0]}/{link.Split('.')[1]}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\">").Groups[1].Value;
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        return client;
    }
}

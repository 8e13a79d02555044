using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>A browser-like client: signs in through the /login form and sends the page's antiforgery token with API writes.</summary>
public static partial class Sessions
{
    /// <summary>Makes an account through the admin API.</summary>
    public static async Task CreateAccountAsync(this HttpClient admin, string userName, string role, string[] towns, string password = "a-good-long-password")
    {
        var response = await admin.PostAsJsonAsync("/api/accounts", new { userName, displayName = $"Person {userName}", role, towns, password });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A new town and a new account of <paramref name="role"/> for it.</summary>
    public static async Task<(string Town, string User)> TownWithAccountAsync(this HttpClient admin, string role = "coordinator")
    {
        var town = Api.NewSlug();
        await admin.CreateTownAsync(town);
        var user = Api.NewSlug(role == "coordinator" ? "coord" : "sg");
        await admin.CreateAccountAsync(user, role, [town]);
        return (town, user);
    }

    /// <summary>The antiforgery token a page's form carries.</summary>
    public static string FormTokenOf(string page) => FormToken().Match(page).Groups[1].Value;

    /// <summary>A client with its own cookies, not following redirects, not yet signed in.</summary>
    public static HttpClient NewBrowserClient(this FairtradeApp app)
    {
        using var plain = app.CreateClient();
        return NewBrowserClient(plain.BaseAddress!, new CookieContainer());
    }

    /// <summary>A client of <paramref name="address"/> keeping its cookies in <paramref name="cookies"/>, which a browser shares between the ports of a host.</summary>
    public static HttpClient NewBrowserClient(Uri address, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = address };

    /// <summary>Posts the sign-in form as a browser would; the answer is the form's.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var form = await client.GetStringAsync("/login");
        var fields = new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = FormTokenOf(form),
        };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return await client.PostAsync("/login", new FormUrlEncodedContent(fields));
    }

    /// <summary>A signed-in browser session whose API writes carry the antiforgery header.</summary>
    public static async Task<HttpClient> SignInAsync(this FairtradeApp app, string userName, string password = "a-good-long-password")
    {
        var client = app.NewBrowserClient();
        var response = await client.PostLoginAsync(userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        await client.UseAntiforgeryAsync();
        return client;
    }

    /// <summary>Reads the token a page gives its scripts and sends it with every request from now on.</summary>
    public static async Task UseAntiforgeryAsync(this HttpClient client)
    {
        var page = await client.GetStringAsync("/account");
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", CsrfMeta().Match(page).Groups[1].Value);
    }

    public static async Task<string> WhoAsync(this HttpClient client) => (string)(await client.GetJsonAsync("/api/me"))["name"]!;

    public static async Task<JsonNode> PostCreatedAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();
}

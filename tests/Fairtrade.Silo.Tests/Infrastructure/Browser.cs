using Microsoft.Playwright;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright: the browser people use, not a simulation. scripts/test.sh
/// installs it; without it these tests fail, they do not skip.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: run scripts/install-test-components.sh (as root) first.");
        }

        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page of its own (no shared cookies), at a phone's width when asked.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280, string locale = "de-DE")
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            Locale = locale,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in through the /login form, as a person would, in English.</summary>
    public async Task<IPage> SignedInAsync(Uri baseAddress, string user, string password, int width = 1280)
    {
        var page = await NewPageAsync(baseAddress, width, locale: "en-GB");
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/manage");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

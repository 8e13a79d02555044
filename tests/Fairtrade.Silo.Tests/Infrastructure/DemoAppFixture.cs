namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>One app with the demo town Bottrop loaded, shared by the tests of a class; ready once the demo is complete.</summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    public FairtradeApp App { get; } = new(demo: true);

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public Uri Site => Anonymous.BaseAddress!;

    public async ValueTask InitializeAsync()
    {
        Admin = App.CreateClientAs("admin");
        Anonymous = App.CreateClientAs("anonymous");
        for (var attempt = 0; attempt < 300; attempt++)
        {
            // The faith community is the last participant the demo loads.
            if ((await Admin.GetAsync("/api/towns/bottrop/participants/ev-kirchengemeinde-bottrop")).IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The demo town did not load.");
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

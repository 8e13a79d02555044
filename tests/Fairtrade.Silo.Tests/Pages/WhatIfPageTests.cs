using System.Net;
using Fairtrade.Silo.Tests.Infrastructure;

namespace Fairtrade.Silo.Tests.Pages;

/// <summary>The coordinator's what-if on the town page: "what if the café closes?", answered in words.</summary>
[Collection(AppCollection.Name)]
public sealed class WhatIfPageTests(AppFixture fixture)
{
    private readonly HttpClient _admin = fixture.Admin;

    [Fact]
    public async Task TheTownPageSaysHowTheForecastStandsWithoutTheParticipantsChosen()
    {
        var slug = Api.NewSlug("bottrop");
        await _admin.BuildAllButTheLastShopAsync(slug);
        await _admin.AddParticipantAsync(slug, "shop-22", "retail", BottropScenario.Evidence);
        var user = Api.NewSlug("coord");
        await _admin.CreateAccountAsync(user, "coordinator", [slug]);
        var session = await fixture.App.SignInAsync(user);

        var plain = await session.GetStringAsync($"/manage/{slug}");
        var without = await session.GetStringAsync($"/manage/{slug}?without=cafe-mokka&without=no-such-shop");

        plain.ShouldContain("Safe until 9 Jan 2027");
        plain.ShouldNotContain("data-what-if");
        WebUtility.HtmlDecode(without).ShouldContain("Without cafe-mokka: Not met today: cafe-mokka stops counting; 1 more café or restaurant needed.");
        without.ShouldContain("<option value=\"cafe-mokka\" selected=\"selected\">");
    }
}

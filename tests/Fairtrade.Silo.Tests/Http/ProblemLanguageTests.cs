using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Fairtrade.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairtrade.Silo.Tests.Http;

/// <summary>
/// Refusals speak the reader's language (<c>Accept-Language</c>, or <c>?lang=</c>) and name the same fields in every
/// language; a request that asks for none, or for one we do not speak, gets English.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProblemLanguageTests(AppFixture fixture)
{
    private const string TooSmallTown = """{"slug":"SLUG","name":"Kleinstadt","population":0,"ruleset":"de-town"}""";

    private readonly HttpClient _admin = fixture.Admin;

    [Theory]
    [InlineData(null, "The field population must be between 1 and 50000000.")]
    [InlineData("it", "Il campo population deve essere compreso tra 1 e 50000000.")]
    [InlineData("de-CH, fr;q=0.8", "Das Feld population muss zwischen 1 und 50000000 liegen.")]
    [InlineData("sv", "The field population must be between 1 and 50000000.")]
    public async Task AFieldErrorNamesTheSameFieldInTheLanguageAskedFor(string? acceptLanguage, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/towns") { Content = Api.RawJson(TooSmallTown.Replace("SLUG", Api.NewSlug())) };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var response = await _admin.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.ErrorFields().ShouldBe(["population"]);
        ((string?)problem["errors"]!["population"]![0]).ShouldBe(message);
    }

    [Fact]
    public async Task TheLangQueryChoosesTheLanguageAsThePagesDo()
    {
        var response = await _admin.PostRawAsync("/api/towns?lang=fr", TooSmallTown.Replace("SLUG", Api.NewSlug()));

        var problem = await response.ProblemAsync();
        ((string?)problem["errors"]!["population"]![0]).ShouldBe("Le champ population doit être compris entre 1 et 50000000.");
        ((string?)problem["title"]).ShouldBe("La requête n’est pas valide.");
    }

    [Fact]
    public async Task ARuleAHandlerChecksIsWordedInTheLanguageAskedFor()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);
        await _admin.PostOkAsync($"/api/towns/{town}/participants", new { id = "schule", kind = "school", name = "Schule" });

        var response = await _admin.PostRawAsync($"/api/towns/{town}/participants/schule/activities?lang=it", """{"date":"2099-01-01","title":"Colazione equa"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ((string?)(await response.ProblemAsync())["errors"]!["date"]![0]).ShouldBe("Un’attività si registra dopo che ha avuto luogo, al massimo un giorno prima.");
    }

    [Fact]
    public async Task WhatFailsBeforeTheHandlerIsWordedInTheLanguageAskedForToo()
    {
        var town = Api.NewSlug();
        await _admin.CreateTownAsync(town);

        var unknownField = await SendAsync(HttpMethod.Post, "/api/towns", "de", """{"slug":"x","name":"X","population":5,"ruleset":"de-town","mayor":"Y"}""");
        var badDate = await SendAsync(HttpMethod.Get, $"/api/towns/{town}/status?asOf=soon", "fr", null);

        ((string?)unknownField["errors"]!["mayor"]![0]).ShouldBe("ist kein Feld dieser Anfrage.");
        ((string?)badDate["errors"]!["asOf"]![0]).ShouldBe("'soon' n’est pas une date\u00a0; utilisez yyyy-MM-dd.");
    }

    [Fact]
    public async Task ARefusalOfAWholeRequestIsWordedInTheLanguageAskedFor()
    {
        var problem = await SendAsync(HttpMethod.Get, "/api/towns/nowhere-at-all", "de", null);

        ((string?)problem["title"]).ShouldBe("Nicht gefunden.");
        ((string?)problem["detail"]).ShouldBe("Es gibt keine Stadt 'nowhere-at-all'.");
    }

    [Fact]
    public void EveryRuleOnARequestIsWordedByOurOwnAttributes()
    {
        var requests = typeof(Program).Assembly.GetTypes()
            .Where(type => !type.Name.EndsWith("Options", StringComparison.Ordinal) && !typeof(PageModel).IsAssignableFrom(type));
        var rules = requests
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .SelectMany(property => property.GetCustomAttributes<ValidationAttribute>().Select(attribute => (type, property.Name, attribute))))
            .ToList();

        rules.Count.ShouldBeGreaterThan(50, "the request records' rules are all seen");
        rules.Where(rule => rule.attribute.GetType().Assembly != typeof(Program).Assembly)
            .Select(rule => $"{rule.type.Name}.{rule.Name}: [{rule.attribute.GetType().Name}] words its message in English only")
            .ShouldBeEmpty();
    }

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, string language, string? json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : Api.RawJson(json) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await (await _admin.SendAsync(request)).ProblemAsync();
    }
}

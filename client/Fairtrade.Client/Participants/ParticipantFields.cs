namespace Fairtrade.Client.Participants;

/// <summary>The options of <c>participants add</c> and <c>edit</c>, and the JSON body they make.</summary>
public sealed class ParticipantFields
{
    public static readonly string[] KindNames = ["retail", "catering", "school", "club", "faith", "workplace", "other"];

    public ParticipantFields(bool forCreation)
    {
        Kind = Symbols.OneOf("--kind", "What kind of participant it is.", KindNames, required: forCreation);
        Name = new Option<string?>("--name") { Description = "The name shown on lists.", Required = forCreation };
    }

    public Option<string?> Kind { get; }

    public Option<string?> Name { get; }

    public Option<string?> Address { get; } = Symbols.Text("--address", "The postal address.");

    public Option<string?> Chain { get; } = Symbols.Text("--chain", "The chain it belongs to, if any.");

    public Option<string[]> Products { get; } = new("--product")
    {
        Description = "A Fairtrade product it offers (repeat for more; German or English, e.g. Kaffee, tea). On edit, replaces the list.",
    };

    public Option<string?> Person { get; } = Symbols.Text("--contact-person", "Whom to ask.");

    public Option<string?> Email { get; } = Symbols.Text("--contact-email", "Where reminders go.");

    public Option<string?> Phone { get; } = Symbols.Text("--contact-phone", "A phone number.");

    public Option<bool?> Public { get; } = new("--public") { Description = "Whether it may be named on the public page (true or false)." };

    public IEnumerable<Option> All => [Kind, Name, Address, Chain, Products, Person, Email, Phone, Public];

    public JsonObject Body(CommandRun run)
    {
        var products = run.Value(Products);
        var contact = new JsonObject().With("person", run.Value(Person)).With("email", run.Value(Email)).With("phone", run.Value(Phone));
        return new JsonObject()
            .With("kind", run.Value(Kind)).With("name", run.Value(Name)).With("address", run.Value(Address)).With("chain", run.Value(Chain))
            .With("products", products is { Length: > 0 } ? JsonBodies.Array(products) : null)
            .With("contact", contact.Count > 0 ? contact : null)
            .With("listPublicly", run.Value(Public));
    }
}

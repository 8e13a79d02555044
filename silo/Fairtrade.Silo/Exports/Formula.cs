namespace Fairtrade.Silo.Exports;

/// <summary>A formula we wrote ourselves (never text from users), to tell it from text that only looks like one.</summary>
internal sealed record Formula(string Text);

namespace Fairtrade.Rules.Rulesets;

/// <summary>A ruleset file that cannot be used; the message names the file and the field.</summary>
public sealed class RulesetException(string message, Exception? inner = null) : Exception(message, inner);

package uz.ovoz.chat.control;

/** Who a valid chat token belongs to. */
public record ChatPrincipal(long userId, String username) {}

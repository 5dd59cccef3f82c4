/**
 * Live voting, one package per feature, each split into {@code boundary}, {@code control} and
 * {@code entity}. Dependencies go {@code admin} → {@code oldsystem} → {@code live} → {@code ballot} →
 * {@code event} (a feature may skip the ones between), and from any of them to {@code platform};
 * never to {@code chat}, never back up.
 * See {@link uz.ovoz} for the whole picture.
 */
package uz.ovoz.voting;

/** Voting scenarios: {@code voters}, {@code vote-storm}, {@code fanout}; simulated phones and big screens. */
package uz.ovoz.loadtest.voting;

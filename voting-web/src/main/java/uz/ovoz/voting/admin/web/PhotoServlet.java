package uz.ovoz.voting.admin.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import uz.ovoz.voting.event.boundary.CandidatePhotos;
import uz.ovoz.voting.event.entity.CandidatePhoto;

/**
 * Serves uploaded candidate photos at {@code /photos/{candidateId}} to displays and voters. Public, like
 * the pages that show them; a replaced photo gets a new {@code ?v=} in the candidate's image address,
 * so a long cache lifetime is safe.
 */
@WebServlet(CandidatePhotos.PATH + "*")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CandidatePhotos photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        Optional<CandidatePhoto> photo =
                path.matches("/\\d{1,18}") ? photos.find(Long.parseLong(path.substring(1))) : Optional.empty();
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such photo");
            return;
        }
        byte[] data = photo.get().getData();
        response.setContentType(photo.get().getContentType());
        response.setContentLength(data.length);
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(data);
    }
}

package tw.yankao.petition.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

import tw.yankao.petition.Location;
import tw.yankao.petition.NewCase;
import tw.yankao.petition.Petitioner;
import tw.yankao.petition.ReplyChannel;
import tw.yankao.petition.attachments.Photo;
import tw.yankao.petition.portal.PortalRequest;
import tw.yankao.petition.portal.PortalSubmissions;
import tw.yankao.petition.portal.Verifications;
import tw.yankao.shared.web.InvalidInput;

/** The portal form as posted; the text fields come back into the page when something is wrong. */
public class PortalForm {

	private String formToken;
	private String category;
	private String description;
	private String district;
	private String address;
	private String latitude;
	private String longitude;
	private boolean anonymous;
	private String name;
	private String phone;
	private String email;
	private ReplyChannel replyChannel = ReplyChannel.EMAIL;
	private Verifications.Channel verifyChannel = Verifications.Channel.EMAIL;
	private String verifyAddress;
	private String verificationId;
	private String code;
	private List<MultipartFile> photos = new ArrayList<>();

	static PortalForm fresh() {
		PortalForm form = new PortalForm();
		form.formToken = UUID.randomUUID().toString();
		return form;
	}

	PortalRequest toRequest(String language) {
		Petitioner petitioner = anonymous ? null
				: new Petitioner(blank(name), blank(phone), blank(email), null);
		ReplyChannel reply = anonymous ? ReplyChannel.NONE : replyChannel;
		NewCase fields = new NewCase(null, null, blank(category), false, blank(description),
				new Location(blank(address), blank(district), coordinate("latitude", latitude), coordinate("longitude", longitude)),
				petitioner, reply, language);
		List<Photo> files = new ArrayList<>();
		for (MultipartFile file : photos == null ? List.<MultipartFile>of() : photos) {
			if (file != null && !file.isEmpty()) {
				try {
					files.add(new Photo(file.getOriginalFilename(), file.getBytes()));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
		}
		return new PortalRequest(formToken, PortalSubmissions.webCase(formToken, fields), files, verifyChannel,
				verifyAddress, verification(), code);
	}

	UUID verification() {
		try {
			return verificationId == null || verificationId.isBlank() ? null : UUID.fromString(verificationId.strip());
		}
		catch (IllegalArgumentException forged) {
			return null;
		}
	}

	private static Double coordinate(String field, String value) {
		String v = blank(value);
		if (v == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(v);
			if (Double.isFinite(d)) {
				return d;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		throw new InvalidInput(field, "portal.error.number");
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getFormToken() { return formToken; }
	public void setFormToken(String formToken) { this.formToken = formToken; }
	public String getCategory() { return category; }
	public void setCategory(String category) { this.category = category; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getDistrict() { return district; }
	public void setDistrict(String district) { this.district = district; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String latitude) { this.latitude = latitude; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String longitude) { this.longitude = longitude; }
	public boolean isAnonymous() { return anonymous; }
	public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public ReplyChannel getReplyChannel() { return replyChannel; }
	public void setReplyChannel(ReplyChannel replyChannel) { this.replyChannel = replyChannel; }
	public Verifications.Channel getVerifyChannel() { return verifyChannel; }
	public void setVerifyChannel(Verifications.Channel verifyChannel) { this.verifyChannel = verifyChannel; }
	public String getVerifyAddress() { return verifyAddress; }
	public void setVerifyAddress(String verifyAddress) { this.verifyAddress = verifyAddress; }
	public String getVerificationId() { return verificationId; }
	public void setVerificationId(String verificationId) { this.verificationId = verificationId; }
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public List<MultipartFile> getPhotos() { return photos; }
	public void setPhotos(List<MultipartFile> photos) { this.photos = photos; }

}

package org.karvon.qr;

/** Plane projective geometry for the photo generator: 3×3 matrices as row-major {@code double[9]}. */
final class Homography {

	private Homography() {
	}

	/**
	 * A point of the paper plane (centred on the code) turned {@code tilt} radians about an in-plane axis
	 * at angle {@code axis}, then seen by a pinhole camera whose focal length equals its distance, so an
	 * untilted code keeps its size.
	 */
	static double[] tiltAndProject(double x, double y, double tilt, double axis, double focal) {
		double ax = Math.cos(axis);
		double ay = Math.sin(axis);
		double along = x * ax + y * ay;
		double across = -x * ay + y * ax;
		double z = across * Math.sin(tilt);
		across *= Math.cos(tilt);
		double px = along * ax - across * ay;
		double py = along * ay + across * ax;
		double scale = focal / (focal + z);
		return new double[] { px * scale, py * scale };
	}

	/** The homography taking (0,0), (1,0), (1,1), (0,1) to the four given points (Heckbert's closed form). */
	static double[] fromUnitSquare(double[][] q) {
		double dx1 = q[1][0] - q[2][0];
		double dx2 = q[3][0] - q[2][0];
		double dy1 = q[1][1] - q[2][1];
		double dy2 = q[3][1] - q[2][1];
		double sx = q[0][0] - q[1][0] + q[2][0] - q[3][0];
		double sy = q[0][1] - q[1][1] + q[2][1] - q[3][1];
		double det = dx1 * dy2 - dx2 * dy1;
		double g = (sx * dy2 - dx2 * sy) / det;
		double h = (dx1 * sy - sx * dy1) / det;
		return new double[] { q[1][0] - q[0][0] + g * q[1][0], q[3][0] - q[0][0] + h * q[3][0], q[0][0],
				q[1][1] - q[0][1] + g * q[1][1], q[3][1] - q[0][1] + h * q[3][1], q[0][1], g, h, 1 };
	}

	/** The adjugate: the inverse up to scale, which is all a homography needs. */
	static double[] inverse(double[] m) {
		return new double[] { m[4] * m[8] - m[5] * m[7], m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
				m[5] * m[6] - m[3] * m[8], m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
				m[3] * m[7] - m[4] * m[6], m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3] };
	}

}
